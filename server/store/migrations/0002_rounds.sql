CREATE TABLE `entries` (
	`team_id` text NOT NULL,
	`exercise` text NOT NULL,
	`workshop_id` text NOT NULL,
	`run_id` text NOT NULL,
	`chosen_at` integer NOT NULL,
	PRIMARY KEY(`team_id`, `exercise`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entries_workshop` ON `entries` (`workshop_id`);--> statement-breakpoint
ALTER TABLE `workshops` ADD `locked` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `revealed` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `countdown` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `announcement` text;