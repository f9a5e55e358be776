package org.ltcare.web.trial;

import java.io.Serializable;
import java.util.List;

/** One of the three panels of the grade page: a dimension of the scale, a hint with its best total, its items. */
public record DimensionPanel(String key, String title, String hint, List<ItemChoice> items) implements Serializable {

    public DimensionPanel {
        items = List.copyOf(items);
    }
}
