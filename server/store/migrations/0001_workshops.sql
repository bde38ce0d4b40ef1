CREATE TABLE `failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`client` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `failures_kind_client_at` ON `failures` (`kind`,`client`,`at`);--> statement-breakpoint
CREATE TABLE `invites` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`workshop_id` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`trainer_id` text,
	`workshop_id` text,
	`team_id` text,
	`participant_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`trainer_id`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_team` ON `sessions` (`team_id`);--> statement-breakpoint
CREATE INDEX `sessions_trainer` ON `sessions` (`trainer_id`);--> statement-breakpoint
CREATE TABLE `trainers` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trainers_login_unique` ON `trainers` (`login`);--> statement-breakpoint
CREATE TABLE `provider_settings` (
	`name` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`settings` text NOT NULL,
	`key_cipher` text,
	`key_last4` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`team_id` text NOT NULL,
	`name` text,
	`joined_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participants_team` ON `participants` (`team_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text,
	`created_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_workshop_name` ON `teams` (`workshop_id`,`name_key`);--> statement-breakpoint
CREATE TABLE `workshop_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workshop_id` text NOT NULL,
	`audience` text NOT NULL,
	`team_id` text,
	`type` text NOT NULL,
	`data` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workshop_events_workshop` ON `workshop_events` (`workshop_id`,`id`);--> statement-breakpoint
CREATE TABLE `workshop_trainers` (
	`workshop_id` text NOT NULL,
	`trainer_id` text NOT NULL,
	PRIMARY KEY(`workshop_id`, `trainer_id`),
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trainer_id`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workshop_trainers_trainer` ON `workshop_trainers` (`trainer_id`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`exercises` text NOT NULL,
	`released` text NOT NULL,
	`models` text,
	`in_house_only` integer NOT NULL,
	`budget_eur` real,
	`budget_tokens` integer,
	`runs_per_minute` integer,
	`leaderboard_visible` integer NOT NULL,
	`data_guard` text NOT NULL,
	`join_open` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshops_code_unique` ON `workshops` (`code`);--> statement-breakpoint
-- drizzle-kit leaves ON DELETE out of ALTER TABLE … REFERENCES; added by hand, as the schema says.
ALTER TABLE `case_results` ADD `skipped` text;--> statement-breakpoint
ALTER TABLE `runs` ADD `workshop_id` text REFERENCES workshops(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `runs` ADD `team_id` text REFERENCES teams(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `runs` ADD `trainer_id` text REFERENCES trainers(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `runs` ADD `participant_id` text REFERENCES participants(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `runs_team_created` ON `runs` (`team_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `runs_trainer_created` ON `runs` (`trainer_id`,`created_at`);