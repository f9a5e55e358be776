package org.ltcare.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2 A/AA rules on the page the browser shows (axe.min.js from the axe-core jar, injected by
 * WebDriver, so the page's Content-Security-Policy does not apply to it). A client-side class: never loaded in the
 * server, where Selenium is not.
 */
final class AxeCheck {

    private static final List<String> WCAG_2_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** WCAG 2 A/AA rules only; passes and inapplicable rules are not detailed (faster on long pages). */
    private static final AxeRunOptions OPTIONS = options();

    /** axe-core is in every page already ({@link #preloadInto}); nothing is sent with each check. */
    private static final StringAxeScriptProvider ALREADY_LOADED = new StringAxeScriptProvider(";");

    private AxeCheck() {
    }

    /**
     * Has the browser load axe-core's script into every document it opens from now on (as the DevTools protocol
     * does it, before the page's own scripts and outside its Content-Security-Policy), instead of sending the half
     * megabyte of script over WebDriver for every page.
     */
    static void preloadInto(Browser browser) throws java.io.IOException {
        try (java.io.InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            browser.addScriptToEveryPage(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_2_A_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /**
     * "rule-id (impact): target — help" for every serious or critical violation on the page; without the layout's
     * header and menu when {@code withLayout} is false (they are the same on every page and checked once per login).
     */
    static List<String> seriousViolations(WebDriver driver, boolean withLayout) {
        // Legacy mode runs axe.run in the page itself; the default (runPartial/finishRun) opens a blank window for
        // every page, which cost about a second a page here. The pages have no frames to combine.
        AxeBuilder axe = new AxeBuilder().withOptions(OPTIONS).disableIframeTesting().setLegacyMode(true)
                .setAxeScriptProvider(ALREADY_LOADED);
        if (!withLayout) {
            axe.exclude(List.of(".ltc-header", "#menu"));
        }
        Results results = axe.analyze(driver);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add("axe could not run: " + results.getErrorMessage());
            return found;
        }
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " — " + rule.getHelp());
            }
        }
        return found;
    }
}
