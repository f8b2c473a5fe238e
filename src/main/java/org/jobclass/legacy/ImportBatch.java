package org.jobclass.legacy;

import java.util.ArrayList;
import java.util.List;

/** The pages an editor reviewed and now confirms, carried back by the review page as they were read. */
public class ImportBatch {

    private List<ImportedPage> pages = new ArrayList<>();

    public List<ImportedPage> getPages() {
        return pages;
    }

    public void setPages(List<ImportedPage> pages) {
        this.pages = pages;
    }

    public static class ImportedPage {

        private String name = "";
        private String text = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
