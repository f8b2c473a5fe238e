package org.jobclass.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list: its items, where it is, how many there are in all, and the addresses of the next and previous
 * pages (null at either end).
 */
@Schema(name = "ClassPage")
public record ApiPage(List<ApiClassSummary> items, int page, int pageSize, int total, int pageCount, String next,
                      String previous) {
}
