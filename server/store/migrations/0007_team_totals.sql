CREATE TABLE `team_guard_counts` (
	`team_id` text NOT NULL,
	`part` text NOT NULL,
	`kind` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`team_id`, `part`, `kind`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `teams` ADD `runs` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `teams` ADD `last_run_at` integer;--> statement-breakpoint
ALTER TABLE `teams` ADD `spent_eur` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `teams` ADD `unpriced_tokens` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- What the teams did so far; from now on the triggers below keep it.
UPDATE `teams` SET
	`runs` = (SELECT count(*) FROM `runs` r WHERE r.`team_id` = `teams`.`id`),
	`last_run_at` = (SELECT max(r.`created_at`) FROM `runs` r WHERE r.`team_id` = `teams`.`id`),
	`spent_eur` = coalesce((SELECT sum(c.`cost_eur`) FROM `case_results` c JOIN `runs` r ON r.`id` = c.`run_id` WHERE r.`team_id` = `teams`.`id`), 0),
	`unpriced_tokens` = coalesce((SELECT sum(CASE WHEN c.`cost_eur` IS NULL THEN c.`input_tokens` + c.`output_tokens` ELSE 0 END) FROM `case_results` c JOIN `runs` r ON r.`id` = c.`run_id` WHERE r.`team_id` = `teams`.`id`), 0);--> statement-breakpoint
INSERT INTO `team_guard_counts` (`team_id`, `part`, `kind`, `n`)
	SELECT r.`team_id`, p.`part`, j.`key`, sum(j.`value`)
	FROM `runs` r, (SELECT 'replaced' AS `part` UNION ALL SELECT 'confirmed') p, json_each(r.`guard`, '$.' || p.`part`) j
	WHERE r.`team_id` IS NOT NULL AND r.`guard` IS NOT NULL
	GROUP BY 1, 2, 3;--> statement-breakpoint
CREATE TRIGGER `runs_team_totals` AFTER INSERT ON `runs` WHEN NEW.`team_id` IS NOT NULL
BEGIN
	UPDATE `teams` SET
		`runs` = `runs` + 1,
		`last_run_at` = max(coalesce(`last_run_at`, NEW.`created_at`), NEW.`created_at`)
	WHERE `id` = NEW.`team_id`;
	INSERT INTO `team_guard_counts` (`team_id`, `part`, `kind`, `n`)
		SELECT NEW.`team_id`, p.`part`, j.`key`, j.`value`
		FROM (SELECT 'replaced' AS `part` UNION ALL SELECT 'confirmed') p, json_each(NEW.`guard`, '$.' || p.`part`) j
		WHERE NEW.`guard` IS NOT NULL
		ON CONFLICT (`team_id`, `part`, `kind`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;--> statement-breakpoint
CREATE TRIGGER `case_results_team_spend` AFTER INSERT ON `case_results`
BEGIN
	UPDATE `teams` SET
		`spent_eur` = `spent_eur` + coalesce(NEW.`cost_eur`, 0),
		`unpriced_tokens` = `unpriced_tokens` + CASE WHEN NEW.`cost_eur` IS NULL THEN NEW.`input_tokens` + NEW.`output_tokens` ELSE 0 END
	WHERE `id` = (SELECT `team_id` FROM `runs` WHERE `id` = NEW.`run_id`);
END;
