package org.ltcare.care;

/** How a care record arrived: entered on a screen, or posted by the institution's own system. */
public enum RecordSource {
    SCREEN,
    API
}
