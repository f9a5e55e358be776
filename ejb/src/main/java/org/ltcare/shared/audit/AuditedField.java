package org.ltcare.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose value is part of its entity's audited state ({@link Auditable#auditState()}): the before/after of
 * every change shows it under the field's name, or {@code value} when given. How a value is written is
 * {@link AuditStates}' to decide, once for every entity.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditedField {

    /** The key in the audited state; empty: the field's name (a Stamp's: name + "By", an entity's: name + "Id"). */
    String value() default "";
}
