package org.ltcare.shared.model;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did a step of an object's life and when (登记人/时间, 确认人/时间…): one embeddable instead of a by/at pair of
 * fields, getters and setters per step. Its columns are named after the step: a field
 * {@code firstReviewed} maps to {@code first_reviewed_by} and {@code first_reviewed_at} (persistence.xml's component-path
 * naming), so an entity declares a step with one field; a step not taken is a null stamp (both columns empty).
 */
@Embeddable
public class Stamp implements Serializable {

    private static final long serialVersionUID = 1L;

    private String by;

    private Instant at;

    protected Stamp() {
        // for JPA
    }

    private Stamp(String by, Instant at) {
        this.by = by;
        this.at = Objects.requireNonNull(at, "at");
    }

    /** A step taken at {@code at} by {@code by} (null: by the system itself); neither: no step, null. */
    public static Stamp of(String by, Instant at) {
        return by == null && at == null ? null : new Stamp(by, at);
    }

    /** The user name of who took the step; null when the system took it. */
    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }

    /** Whether {@code username} took the step (a stamp may be null: use {@link #by(Stamp, String)} then). */
    public static boolean by(Stamp stamp, String username) {
        return stamp != null && stamp.by != null && stamp.by.equals(username);
    }

    /** The user name of a step's stamp, or null when the step was not taken. */
    public static String byOf(Stamp stamp) {
        return stamp == null ? null : stamp.by;
    }

    /** When a step was taken, or null when it was not. */
    public static Instant atOf(Stamp stamp) {
        return stamp == null ? null : stamp.at;
    }
}
