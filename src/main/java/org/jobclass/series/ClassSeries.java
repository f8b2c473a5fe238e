package org.jobclass.series;

import java.util.List;

/** A series of official classes, such as the coordinator levels: its name, its address, and its classes by code. */
public record ClassSeries(long id, String name, String slug, List<SeriesClass> classes) {

    /** One official class of a series, with its published working titles (none for a class not published). */
    public record SeriesClass(String code, String officialTitle, List<Title> titles) {
    }

    /** A published working title and its address. */
    public record Title(String workingTitle, String slug) {
    }
}
