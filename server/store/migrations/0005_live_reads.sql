CREATE INDEX `case_results_points` ON `case_results` (`run_id`,`case_id`,`score`,`output_tokens`,`input_tokens`,`cost_eur`);--> statement-breakpoint
CREATE INDEX `runs_workshop_team_created` ON `runs` (`workshop_id`,`team_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `participants_workshop` ON `participants` (`workshop_id`);