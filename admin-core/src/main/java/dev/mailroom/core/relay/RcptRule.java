package dev.mailroom.core.relay;

/** One step of knowledge base article 10's enumeration. */
@FunctionalInterface
interface RcptRule {
    RuleResult apply(RcptContext ctx);
}
