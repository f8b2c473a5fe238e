package org.jobclass.legacy;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something on a legacy page that does not read as the layout says: the message that tells it, and the page's own
 * text it quotes (shown as it is, never interpreted).
 */
public record PageProblem(String messageKey, List<String> arguments) implements MessageSourceResolvable {

    public PageProblem {
        arguments = List.copyOf(arguments);
    }

    static PageProblem of(String messageKey, String... arguments) {
        return new PageProblem(messageKey, List.of(arguments));
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }
}
