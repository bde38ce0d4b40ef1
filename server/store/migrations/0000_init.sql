CREATE TABLE `case_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`case_id` text NOT NULL,
	`provider` text NOT NULL,
	`repeat` integer NOT NULL,
	`output` text NOT NULL,
	`input_tokens` integer NOT NULL,
	`output_tokens` integer NOT NULL,
	`cost_eur` real,
	`latency_ms` integer NOT NULL,
	`finish_reason` text,
	`score` real NOT NULL,
	`pass` integer NOT NULL,
	`assertions` text NOT NULL,
	`error` text,
	`cached` integer NOT NULL,
	`finished_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_results_unique` ON `case_results` (`run_id`,`case_id`,`provider`,`repeat`);--> statement-breakpoint
CREATE TABLE `response_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`response` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `runs` (
	`id` text PRIMARY KEY NOT NULL,
	`exercise` text NOT NULL,
	`status` text NOT NULL,
	`prompt_system` text,
	`prompt_user` text NOT NULL,
	`targets` text NOT NULL,
	`cases` text NOT NULL,
	`repeat` integer NOT NULL,
	`cache` integer NOT NULL,
	`owner` text NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `runs_exercise_created` ON `runs` (`exercise`,`created_at`);