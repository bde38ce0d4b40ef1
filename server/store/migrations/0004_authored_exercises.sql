CREATE TABLE `authored_exercises` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text,
	`latest_version` integer NOT NULL,
	`published_version` integer,
	`revision` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `exercise_versions` (
	`exercise_id` text NOT NULL,
	`version` integer NOT NULL,
	`prompt` text NOT NULL,
	`evals` text NOT NULL,
	`saved_by` text,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`exercise_id`, `version`),
	FOREIGN KEY (`exercise_id`) REFERENCES `authored_exercises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`saved_by`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `runs` ADD `exercise_version` integer;