package org.ltcare.web.assessor;

import java.io.Serializable;

/** One dimension of the form's live preview, as texts: "45 / 100", "10 / 10 项", "中度" (or "—" until complete). */
public record PreviewLine(String key, String title, String score, String chosen, String level, boolean complete)
        implements Serializable {
}
