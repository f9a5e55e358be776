package org.ltcare.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunStateTest {

    @Test
    void theProgressIsDoneOutOfTotalInPerCent() {
        RunState run = RunState.running();
        run.counted(6);
        run.advanced(2);
        run.advanced(2);
        assertEquals(4, run.getDone());
        assertEquals(66, run.getProgress());
        run.reached(9);
        assertEquals(100, run.getProgress(), "never past full");
    }

    @Test
    void aRunWithNothingToDoIsFullOnlyOnceCompleted() {
        RunState run = RunState.running();
        assertEquals(0, run.getProgress());
        run.completed();
        assertEquals(100, run.getProgress());
    }
}
