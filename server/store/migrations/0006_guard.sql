ALTER TABLE `runs` ADD `guard` text;--> statement-breakpoint
ALTER TABLE `workshops` ADD `data_guard_in_house` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `workshops` ADD `data_guard_replacement` text DEFAULT 'placeholder' NOT NULL;