package org.ltcare.web.apply;

/** The name of an uploaded material as it is filed. */
final class MaterialFiles {

    private MaterialFiles() {
    }

    /** Some browsers send the whole path of the file. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
