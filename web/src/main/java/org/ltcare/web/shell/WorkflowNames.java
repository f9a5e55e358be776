package org.ltcare.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.web.i18n.LanguageSwitch;
import org.ltcare.web.i18n.Messages;

/**
 * What pages call a workflow and its steps, in the user's language: {@code process.<key>} and {@code step.<BPMN id>}
 * of the bundles, so that the BPMN's own (Chinese) names never reach an English page. A step the bundles do not name
 * (a gateway) keeps the BPMN's name; every task, event and sub-process has a key (WorkflowNamesTest).
 */
@Named
@RequestScoped
public class WorkflowNames {

    @Inject
    private LanguageSwitch language;

    public String step(String activityId, String bpmnName) {
        return Messages.find(Messages.BUNDLE, language.getLocale(), "step." + activityId)
                .orElse(bpmnName == null ? activityId : bpmnName);
    }

    public String step(String activityId) {
        return step(activityId, activityId);
    }

    public String process(String processKey) {
        return Messages.find(Messages.BUNDLE, language.getLocale(), "process." + processKey).orElse(processKey);
    }
}
