ALTER TABLE `events` ADD `section_id` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `section_id` text;--> statement-breakpoint
CREATE INDEX `suggestions_report_section` ON `suggestions` (`report_pk`,`section_id`);