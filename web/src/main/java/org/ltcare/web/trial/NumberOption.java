package org.ltcare.web.trial;

import java.io.Serializable;

/** A number the user picks, with its text: a score ("10 分 · 独立完成"), a grade, a hospital level. */
public record NumberOption(int value, String label) implements Serializable {
}
