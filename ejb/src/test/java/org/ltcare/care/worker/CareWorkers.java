package org.ltcare.care.worker;

import java.time.Instant;
import org.ltcare.insured.IdNumbers;

/** Test fixtures: care workers as the worker service would create them (public, for tests of other packages). */
public final class CareWorkers {

    private CareWorkers() {
    }

    public static CareWorker active(long institutionId, String name) {
        return new CareWorker(institutionId, new CareWorkerForm(name, IdNumbers.valid().value(), "养老护理员（四级）",
                "13812345678").check(), "机构管理员", Instant.parse("2025-01-01T02:00:00Z"));
    }

    public static CareWorker inactive(long institutionId, String name) {
        CareWorker worker = active(institutionId, name);
        worker.setActive(false);
        return worker;
    }
}
