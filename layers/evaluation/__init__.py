"""The governance dashboard's model, with no Qt: per village and month figures across the desks
(:mod:`layers.evaluation.figures`), trends, ranking and a village's page (:mod:`layers.evaluation.ranking`),
and the workbook export (:mod:`layers.evaluation.export`). The rows come from the store's named queries
(``session.evaluation``)."""
