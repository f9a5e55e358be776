package org.ltcare.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.shared.calendar.DeadlineExplanation;

/**
 * How a due date was counted, in the page's language, for every view that shows one: {@code #{deadlines.steps(x)}}
 * beside the date, {@code #{deadlines.summary(x)}} as its tooltip. A date kept without its count says nothing more.
 */
@Named
@ApplicationScoped
public class Deadlines {

    public List<String> steps(DeadlineExplanation explanation) {
        return explanation == null ? List.of() : explanation.steps(Messages.currentLocale());
    }

    public String summary(DeadlineExplanation explanation) {
        return explanation == null ? null : explanation.summary(Messages.currentLocale());
    }
}
