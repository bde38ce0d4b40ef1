CREATE TABLE `ballots` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`exercise` text NOT NULL,
	`participant_id` text NOT NULL,
	`case_id` text NOT NULL,
	`first_team` text NOT NULL,
	`first_run` text NOT NULL,
	`second_team` text NOT NULL,
	`second_run` text NOT NULL,
	`pair_key` text NOT NULL,
	`choice` text,
	`created_at` integer NOT NULL,
	`voted_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`first_team`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`first_run`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`second_team`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`second_run`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ballots_pair` ON `ballots` (`participant_id`,`exercise`,`pair_key`);--> statement-breakpoint
CREATE INDEX `ballots_workshop_exercise` ON `ballots` (`workshop_id`,`exercise`);--> statement-breakpoint
ALTER TABLE `workshops` ADD `gallery` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `voting` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `library` text;