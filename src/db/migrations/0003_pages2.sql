CREATE TABLE `rollup_levels` (
	`report_pk` integer NOT NULL,
	`rollup_key` text NOT NULL,
	`computed_level` text NOT NULL,
	`final_level` text NOT NULL,
	`reason` text,
	`set_by` text NOT NULL,
	`set_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`report_pk`, `rollup_key`),
	FOREIGN KEY (`report_pk`) REFERENCES `reports`(`pk`) ON UPDATE no action ON DELETE no action
);
