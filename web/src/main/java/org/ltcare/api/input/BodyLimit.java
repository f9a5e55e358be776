package org.ltcare.api.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an operation takes, when it takes more than {@link ApiLimits#DEFAULT_BODY_BYTES}: the
 * bulk posts of care records and the hospital-stay feed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** In mebibytes. */
    int megabytes();
}
