package org.ltcare.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: the bureau works in China Standard Time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
