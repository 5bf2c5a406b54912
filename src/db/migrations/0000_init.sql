CREATE TABLE `activities` (
	`goal_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`status` text,
	`extra` text,
	PRIMARY KEY(`goal_pk`, `position`),
	FOREIGN KEY (`goal_pk`) REFERENCES `goals`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`report_pk` integer NOT NULL,
	`goal_id` text NOT NULL,
	`computed_level` text NOT NULL,
	`final_level` text NOT NULL,
	`reason` text,
	`set_by` text NOT NULL,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`report_pk`, `goal_id`),
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `chat_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`role` text NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	`tool_calls` text,
	`tool_call_id` text,
	`findings` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chat_messages_conversation` ON `chat_messages` (`conversation_id`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`token_id` text NOT NULL,
	`report_pk` integer NOT NULL,
	`title` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conversations_owner` ON `conversations` (`org_id`,`token_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_pk` integer NOT NULL,
	`goal_id` text,
	`suggestion_id` text,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_report` ON `events` (`report_pk`,`goal_id`);--> statement-breakpoint
CREATE TABLE `goal_notes` (
	`goal_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`goal_pk`, `position`),
	FOREIGN KEY (`goal_pk`) REFERENCES `goals`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `goals` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`goal_id` text NOT NULL,
	`area` text,
	`council_goal` text,
	`title` text NOT NULL,
	`has_published` integer DEFAULT false NOT NULL,
	`published_level` text,
	`published_motivation` text,
	`published_extra` text,
	`extra` text,
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `goals_report_goal` ON `goals` (`report_pk`,`goal_id`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`indicator_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`period` text NOT NULL,
	`value` real,
	`note` text,
	`label` text,
	`breakdown` text,
	`extra` text,
	PRIMARY KEY(`indicator_pk`, `position`),
	FOREIGN KEY (`indicator_pk`) REFERENCES `indicators`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`indicator_id` text NOT NULL,
	`name` text NOT NULL,
	`unit` text,
	`better` text NOT NULL,
	`owner` text,
	`source` text,
	`extra` text,
	FOREIGN KEY (`goal_pk`) REFERENCES `goals`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_goal` ON `indicators` (`goal_pk`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`municipality` text,
	`extra` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` text NOT NULL,
	`report_id` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`title` text,
	`as_of` text,
	`extra` text,
	`document_extra` text,
	`scale_id` text,
	`scale_extra` text,
	`word_limit` integer DEFAULT 150 NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_org_report` ON `reports` (`org_id`,`report_id`);--> statement-breakpoint
CREATE TABLE `scale_levels` (
	`report_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`level_id` text NOT NULL,
	`label` text NOT NULL,
	`rank` integer NOT NULL,
	`extra` text,
	PRIMARY KEY(`report_pk`, `position`),
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `slack_links` (
	`team_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`report_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `suggestion_versions` (
	`suggestion_id` text NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`findings` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`suggestion_id`, `version`),
	FOREIGN KEY (`suggestion_id`) REFERENCES `suggestions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` text PRIMARY KEY NOT NULL,
	`report_pk` integer NOT NULL,
	`goal_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`text` text NOT NULL,
	`origin` text NOT NULL,
	`level` text,
	`verified` integer DEFAULT false NOT NULL,
	`findings` text,
	`provenance` text,
	`facts_digest` text,
	`stale` integer DEFAULT false NOT NULL,
	`override_reason` text,
	`reject_reason` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestions_report_goal` ON `suggestions` (`report_pk`,`goal_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`indicator_pk` integer NOT NULL,
	`position` integer NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`value` real,
	`change` text,
	`note` text,
	`extra` text,
	PRIMARY KEY(`indicator_pk`, `position`),
	FOREIGN KEY (`indicator_pk`) REFERENCES `indicators`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_hash_unique` ON `tokens` (`hash`);