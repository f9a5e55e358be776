package org.ltcare.shared.audit;

import jakarta.persistence.Embeddable;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/**
 * An entity's audited state read from its {@link AuditedField}s: one rule for how each kind of value is written —
 * an amount as plain digits ("1282.50"), a step's stamp as who took it ({@code <step>By}), another entity as its id
 * ({@code <field>Id}), an embedded part as its own audited fields, an {@link AuditText} (an ID number) as the text it
 * gives, anything else as itself (the log writes its
 * text). The fields of a class are found once.
 */
public final class AuditStates {

    private static final ClassValue<List<Field>> AUDITED = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            if (type.getSuperclass() != null) {
                fields.addAll(get(type.getSuperclass()));
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(AuditedField.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            return List.copyOf(fields);
        }
    };

    private AuditStates() {
    }

    /** The state of {@code entity}: a new map the caller may add to. */
    public static Map<String, Object> of(Object entity) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (Field field : AUDITED.get(entity.getClass())) {
            Object value;
            try {
                value = field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read audited field " + field, e);
            }
            if (field.getType() != Stamp.class && field.getType().isAnnotationPresent(Embeddable.class)) {
                // an embedded part (a run's state): its own audited fields, under their names
                if (value != null) {
                    state.putAll(of(value));
                }
            } else {
                state.put(keyOf(field), written(value));
            }
        }
        return state;
    }

    private static String keyOf(Field field) {
        String named = field.getAnnotation(AuditedField.class).value();
        if (!named.isEmpty()) {
            return named;
        }
        if (field.getType() == Stamp.class) {
            return field.getName() + "By";
        }
        return Identified.class.isAssignableFrom(field.getType()) ? field.getName() + "Id" : field.getName();
    }

    private static Object written(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof AuditText text) {
            return text.auditText();
        }
        if (value instanceof Stamp stamp) {
            return stamp.getBy();
        }
        if (value instanceof Identified other) {
            return other.getId();
        }
        return value;
    }
}
