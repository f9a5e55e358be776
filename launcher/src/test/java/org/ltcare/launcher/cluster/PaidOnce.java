package org.ltcare.launcher.cluster;

import java.sql.SQLException;

/** A payout batch paid every claim once: by its rows, the claims' status, the audit trail and the sums. */
final class PaidOnce {

    private PaidOnce() {
    }

    static void check(Checks checks, ClusterDatabase db, long batchId) throws SQLException {
        long claims = db.count("select claim_count from payout_batch where id = ?", batchId);
        checks.that("every row and claim of the batch paid (" + claims + " claims)", db.count("select count(*) from "
                + "payout p join care_claim c on c.id = p.claim_id where p.batch_id = ? and (p.status <> 'PAID' "
                + "or c.status <> 'PAID')", batchId) == 0 && db.count("select count(*) from payout where batch_id = ?",
                batchId) == claims);
        long payments = db.count("select count(*) from audit_log a where a.action = 'PAY_CLAIM' and a.entity_type = "
                + "'CareClaim' and cast(a.entity_id as unsigned) in "
                + "(select p.claim_id from payout p where p.batch_id = ?)",
                batchId);
        checks.that("each claim paid once in the audit trail (" + payments + " payments of " + claims + " claims)",
                payments == claims);
        checks.that("the batch's sums are its rows': paid + deposit = payable", db.count("select count(*) from "
                + "payout_batch b where b.id = ? and b.paid + b.deposit = b.payable and b.paid = (select sum(paid) "
                + "from payout where batch_id = b.id) and b.deposit = (select sum(deposit) from payout where "
                + "batch_id = b.id)", batchId) == 1);
    }
}
