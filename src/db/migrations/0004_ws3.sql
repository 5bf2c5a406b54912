ALTER TABLE `chat_messages` ADD `links` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `conversation_retention_days` integer;