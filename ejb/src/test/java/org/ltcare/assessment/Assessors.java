package org.ltcare.assessment;

import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.LongStream;
import org.ltcare.shared.model.Identified;

/** Test fixtures: assessors as the database would give them back, with ids. */
final class Assessors {

    private Assessors() {
    }

    static Assessor withId(long id) {
        Assessor assessor = new Assessor(1, 100 + id, "评估员" + id);
        try {
            Field field = Identified.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(assessor, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return assessor;
    }

    static List<Assessor> pool(int size) {
        return LongStream.rangeClosed(1, size).mapToObj(Assessors::withId).toList();
    }
}
