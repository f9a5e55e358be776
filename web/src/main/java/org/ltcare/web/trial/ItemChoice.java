package org.ltcare.web.trial;

import java.io.Serializable;
import java.util.List;

/**
 * One scale item on the grade page with the score chosen for it (null until chosen). {@link #getId()} is both
 * the component id and the calculator's field name with "_" for ".", so that its messages land next to it.
 */
public class ItemChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String dimensionKey;
    private final String code;
    private final String name;
    private final List<NumberOption> options;
    private Integer score;

    public ItemChoice(String dimensionKey, String code, String name, List<NumberOption> options) {
        this.dimensionKey = dimensionKey;
        this.code = code;
        this.name = name;
        this.options = List.copyOf(options);
    }

    /** "adl_eating". */
    public String getId() {
        return dimensionKey + "_" + code;
    }

    /** "adl.eating", as the calculator names the field. */
    public String getField() {
        return dimensionKey + "." + code;
    }

    public String getDimensionKey() {
        return dimensionKey;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<NumberOption> getOptions() {
        return options;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }
}
