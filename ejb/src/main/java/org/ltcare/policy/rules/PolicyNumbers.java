package org.ltcare.policy.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The single policy numbers of a rule set — the parts {@code procedure}, {@code settlement}, {@code homeCare} and
 * {@code contracting}, one number per record component — described once, from the records that hold them. The
 * JSON document (and with it the compare view) and the rule-set form walk this description, so a new number is a
 * component of its record, its label ({@code ruleSetPath.<name>}), its bounds in {@link RuleSetValidator} and its
 * use: nothing else.
 */
public final class PolicyNumbers {

    /** The parts made only of single numbers, in the document's order. */
    private static final List<String> PARTS = List.of("procedure", "settlement", "homeCare", "contracting");

    private static final List<Field> FIELDS = describe();

    /** One number: the part of the content it is in, its name (unique over all parts) and its type. */
    public record Field(String part, String name, Class<?> type) {

        public String path() {
            return part + "." + name;
        }

        /** A whole number (days, months, minutes, a score). */
        public boolean isWhole() {
            return type == int.class;
        }

        /** A decimal (a fee in yuan, a rate). */
        public boolean isDecimal() {
            return type == BigDecimal.class;
        }

        /** One of an enum's values (the rule the benefit start follows). */
        public boolean isChoice() {
            return type.isEnum();
        }
    }

    private PolicyNumbers() {
    }

    public static List<String> parts() {
        return PARTS;
    }

    public static List<Field> fields() {
        return FIELDS;
    }

    public static List<Field> fieldsOf(String part) {
        return FIELDS.stream().filter(f -> f.part().equals(part)).toList();
    }

    /** Each number of {@code content} by its name, in the document's order. */
    public static Map<String, Object> valuesOf(RuleSetContent content) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String part : PARTS) {
            Object record = invoke(component(RuleSetContent.class, part).getAccessor(), content);
            for (RecordComponent number : record.getClass().getRecordComponents()) {
                values.put(number.getName(), invoke(number.getAccessor(), record));
            }
        }
        return values;
    }

    /** {@code content} with its numbers taken from {@code values} (by name); a missing number is 0. */
    public static RuleSetContent withValues(RuleSetContent content, Map<String, ?> values) {
        return content(content.scale(), content.entitlement(), content.care(), field -> values.get(field.name()));
    }

    /** Content of the given scale, entitlement and care, and of the numbers {@code valueOf} gives. */
    static RuleSetContent content(AssessmentScale scale, Entitlement entitlement, CareTariffs care,
                                  Function<Field, Object> valueOf) {
        return new RuleSetContent(scale, entitlement, care, (AssessmentProcedure) part("procedure", valueOf),
                (SettlementTerms) part("settlement", valueOf), (HomeCareTerms) part("homeCare", valueOf),
                (ContractingTerms) part("contracting", valueOf));
    }

    /**
     * The record of {@code part} made of the values {@code valueOf} gives each of its numbers; an absent number is 0
     * (the form marks every number required, so only a draft's empty field gets here, and the validator speaks of
     * it); an absent choice is refused by the record.
     */
    private static Object part(String part, Function<Field, Object> valueOf) {
        Class<?> type = component(RuleSetContent.class, part).getType();
        RecordComponent[] numbers = type.getRecordComponents();
        Object[] arguments = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            Object value = valueOf.apply(new Field(part, numbers[i].getName(), numbers[i].getType()));
            arguments[i] = value != null ? value
                    : numbers[i].getType() == int.class ? Integer.valueOf(0)
                    : numbers[i].getType() == BigDecimal.class ? BigDecimal.ZERO : null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(numbers).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }

    private static List<Field> describe() {
        List<Field> fields = new ArrayList<>();
        for (String part : PARTS) {
            for (RecordComponent number : component(RuleSetContent.class, part).getType().getRecordComponents()) {
                if (number.getType() != int.class && number.getType() != BigDecimal.class && !number.getType().isEnum()) {
                    throw new IllegalStateException(part + "." + number.getName() + " is not a single number");
                }
                fields.add(new Field(part, number.getName(), number.getType()));
            }
        }
        return List.copyOf(fields);
    }

    private static RecordComponent component(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(record.getSimpleName() + " has no " + name));
    }

    private static Object invoke(java.lang.reflect.Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
