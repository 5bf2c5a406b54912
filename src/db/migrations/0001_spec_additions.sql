ALTER TABLE `activities` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `follow_up` text;--> statement-breakpoint
ALTER TABLE `indicator_values` ADD `comparisons` text;--> statement-breakpoint
ALTER TABLE `indicator_values` ADD `rolling` integer;--> statement-breakpoint
ALTER TABLE `indicator_values` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `indicator_values` ADD `source` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `short_name` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `kolada` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `equality` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `kolada` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `rules` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `economy` text;