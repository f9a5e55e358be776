package org.ltcare.shared.workflow;

import java.time.LocalDate;
import java.util.Date;
import org.ltcare.shared.time.ClockProducer;

/** The moments the models' date timers fire, from the calendar days the services decide (in the bureau's zone). */
public final class TimerDates {

    private TimerDates() {
    }

    /** The start of a day, when a timer for that day fires. */
    public static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockProducer.ZONE).toInstant());
    }

    /** The first moment after a period that ends with {@code lastDay}, when a timer closes it. */
    public static Date after(LocalDate lastDay) {
        return at(lastDay.plusDays(1));
    }
}
