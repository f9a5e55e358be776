package org.ltcare.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;

/**
 * UI text from the resource bundles in the user's language, for beans (pages use #{msg[...]}, and
 * #{labels.of(...)} for an enum value's name).
 */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.ltcare.web.i18n.messages";
    /** The insured registry's and the wizard's texts (import problems, among others), read second. */
    public static final String FORMS_BUNDLE = "org.ltcare.web.i18n.forms";
    /** The assessment screens' texts (assessor, supervisor, case timeline), pages' var {@code amsg}. */
    public static final String ASSESSMENT_BUNDLE = "org.ltcare.web.i18n.assessment";
    /** The public notice and objection pages' texts, pages' var {@code nmsg}. */
    public static final String NOTICE_BUNDLE = "org.ltcare.web.i18n.notice";
    /** The institution registry's and contracting screens' texts, pages' var {@code imsg}. */
    public static final String INSTITUTION_BUNDLE = "org.ltcare.web.i18n.institution";
    /** The trial calculators' texts, pages' var {@code tmsg}. */
    public static final String TRIAL_BUNDLE = "org.ltcare.web.i18n.trial";
    /** Care assignment's texts (护理安排, 收住), pages' var {@code cmsg}. */
    public static final String CARE_BUNDLE = "org.ltcare.web.i18n.care";
    public static final String RECORDS_BUNDLE = "org.ltcare.web.i18n.records";
    /** The domain's own texts (rule-set validation, calculator input problems, rejection reasons), read last. */
    public static final String DOMAIN_BUNDLE = "org.ltcare.policy.rules.messages";
    /** The bureau overview's texts (dashboard, reports, process monitoring), pages' var {@code omsg}. */
    public static final String OVERVIEW_BUNDLE = "org.ltcare.web.i18n.overview";
    /** Accounts, separation of duties and the audit trail, pages' var {@code smsg}. */
    public static final String SECURITY_BUNDLE = "org.ltcare.web.i18n.security";
    /** The audit trail's names of object types and actions (audit.type.*, audit.action.*). */
    public static final String AUDIT_BUNDLE = "org.ltcare.web.i18n.audit";

    private static final Map<Locale, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    @Inject
    private LanguageSwitch language;

    public String get(String key) {
        return text(language.getLocale(), key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    /** An enum value's one name (已批准支付 / Approved for payout), as pages, charts and exports show it. */
    public String label(Enum<?> value) {
        return EnumLabels.of(value, language.getLocale());
    }

    /** A care type's one name (专护 / Specialised care). */
    public String careType(CareType type) {
        return label(type);
    }

    /** Parts of a list, each a clause: "a；b" in Chinese, "a; b" in English. */
    public String joinClauses(java.util.Collection<String> parts) {
        return String.join(get("punct.clauses"), parts);
    }

    /** Items of an enumeration: "a、b" in Chinese, "a, b" in English. */
    public String joinItems(java.util.Collection<String> parts) {
        return String.join(get("punct.items"), parts);
    }

    /** "标签：值" in Chinese, "label: value" in English. */
    public String labelled(String label, String value) {
        return label + get("punct.label") + value;
    }

    /**
     * Why a background run stopped, as the user reads it: "key|argument|…" of the bundles (a payout's missing bank
     * account, a report's lost node) in the user's language; any other text — an error's own message — as it is.
     */
    public String runFailure(String failure) {
        if (failure == null) {
            return "";
        }
        String[] parts = failure.split("\\|");
        if (text(language.getLocale(), parts[0]).startsWith("??")) {
            return failure;
        }
        return format(parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }

    public String of(BusinessException e) {
        List<Object> arguments = e.arguments();
        return format(e.messageKey(), arguments.toArray());
    }

    /**
     * The key's text in the first bundle that has it. Kept once found: the bundles do not change while the
     * application runs, and a key of a later bundle was looked for in each earlier one every time (a bed-day grid's
     * 4,000 texts were a visible share of its page, issue 23).
     */
    public static String text(Locale locale, String key) {
        // a missing key is not kept: the texts kept are the bundles' keys, however keys are made
        String text = TEXTS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> {
            for (String bundle : new String[] {BUNDLE, FORMS_BUNDLE, ASSESSMENT_BUNDLE, NOTICE_BUNDLE,
                    INSTITUTION_BUNDLE, CARE_BUNDLE, RECORDS_BUNDLE, OVERVIEW_BUNDLE, SECURITY_BUNDLE, AUDIT_BUNDLE,
                    TRIAL_BUNDLE, DOMAIN_BUNDLE}) {
                Optional<String> found = find(bundle, locale, k);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return null;
        });
        return text != null ? text : "??" + key + "??";
    }

    /** One bundle's text; empty when it has no such key. */
    public static Optional<String> find(String bundle, Locale locale, String key) {
        return Explanations.find(bundle, locale, key);
    }

    /** A text with its MessageFormat arguments. */
    public static String format(Locale locale, String key, List<?> arguments) {
        return new MessageFormat(text(locale, key), locale).format(arguments.toArray());
    }

    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Locale.SIMPLIFIED_CHINESE : faces.getViewRoot().getLocale();
    }
}
