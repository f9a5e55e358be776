package org.ltcare.demo.city;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Generates the demo region's city once (and completes one cut short), in the background after start-up, when
 * the environment asks for it:
 * {@code LTC_DEMO_CITY=true} (100,000 insured) or a number of insured, {@code LTC_DEMO_CITY_MONTHS} (24). The
 * demo's reviewer, second reviewer and approver settle its history; the pages are usable meanwhile.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class CityLoader {

    private static final Logger LOG = Logger.getLogger(CityLoader.class.getName());
    private static final String DEMO_REGION = "370200";
    /** The same plan makes the same city. */
    private static final long SEED = 20_261_207L;

    @Inject
    private CityGenerator generator;

    @Inject
    private UserAccountRepository accounts;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        String asked = System.getenv("LTC_DEMO_CITY");
        if (asked == null || asked.isBlank() || "false".equalsIgnoreCase(asked)
                || !"true".equalsIgnoreCase(System.getenv("LTC_DEMO_DATA"))) {
            return;
        }
        CityPlan plan = new CityPlan(DEMO_REGION, "true".equalsIgnoreCase(asked) ? CityPlan.CITY_INSURED
                : Integer.parseInt(asked.trim()), months(), SEED);
        // also when the city exists: a generation cut short goes on with the months not settled yet
        LOG.info("城市数据（后台）/ the city in the background: " + plan);
        generator.generateInBackground(plan, new CityActors(actor("reviewer"), actor("reviewer2"),
                actor("approver")));
    }

    private static int months() {
        String months = System.getenv("LTC_DEMO_CITY_MONTHS");
        return months == null || months.isBlank() ? CityPlan.CITY_MONTHS : Integer.parseInt(months.trim());
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
