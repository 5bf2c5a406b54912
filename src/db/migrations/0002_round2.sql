CREATE TABLE `report_revisions` (
	`report_pk` integer NOT NULL,
	`revision` integer NOT NULL,
	`document` text NOT NULL,
	`origin` text DEFAULT 'import' NOT NULL,
	`actor` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`report_pk`, `revision`),
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`token_id`) REFERENCES `tokens`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_token_idx` ON `sessions` (`token_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `section_id` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `section_id` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `text_origin` text;--> statement-breakpoint
CREATE INDEX `suggestions_report_section` ON `suggestions` (`report_pk`,`section_id`);