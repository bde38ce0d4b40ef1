ALTER TABLE `runs` ADD `result_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `runs` ADD `passed_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `runs` ADD `score_sum` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `runs` ADD `cost_eur_sum` real DEFAULT 0 NOT NULL;--> statement-breakpoint
-- What the runs so far add up to; from now on the trigger below keeps it.
UPDATE `runs` SET
	`result_count` = t.`n`,
	`passed_count` = t.`passed`,
	`score_sum` = t.`score`,
	`cost_eur_sum` = t.`cost`
FROM (
	SELECT `run_id`, count(*) AS `n`, sum(`pass`) AS `passed`, sum(`score`) AS `score`, coalesce(sum(`cost_eur`), 0) AS `cost`
	FROM `case_results` GROUP BY `run_id`
) AS t
WHERE t.`run_id` = `runs`.`id`;--> statement-breakpoint
CREATE TRIGGER `case_results_run_totals` AFTER INSERT ON `case_results`
BEGIN
	UPDATE `runs` SET
		`result_count` = `result_count` + 1,
		`passed_count` = `passed_count` + NEW.`pass`,
		`score_sum` = `score_sum` + NEW.`score`,
		`cost_eur_sum` = `cost_eur_sum` + coalesce(NEW.`cost_eur`, 0)
	WHERE `id` = NEW.`run_id`;
END;
