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
ALTER TABLE `events` ADD `section_id` text;--> statement-breakpoint
ALTER TABLE `suggestions` ADD `section_id` text;--> statement-breakpoint
CREATE INDEX `suggestions_report_section` ON `suggestions` (`report_pk`,`section_id`);