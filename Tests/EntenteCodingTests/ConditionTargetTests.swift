import Testing

// A warning or refusal that names no one is aimed at whom its "if" or "unless" clause names
// (Roles.conditionTarget).

@Suite struct ConditionTargetTests {
    @Test func aWarningIsAimedAtWhomItsConditionNames() {
        // Without the rule, the warning is a one-actor event.
        #expect(FixtureCoder.events("Mali warned that it would retaliate if Niger attacked.").contains("MLI 130 NER asserted"))
        #expect(FixtureCoder.oneActorEvents("Mali warned that it would retaliate.") == ["MLI 130 asserted"])
    }

    @Test func theSourceItselfInTheConditionIsNoTarget() {
        #expect(!FixtureCoder.events("Mali warned that it would retaliate if its troops were attacked.").contains { $0.hasPrefix("MLI 130") })
    }
}

// A show of force that names no one is aimed at whom its "after" or "as" clause names
// (Roles.promptTarget).

@Suite struct PromptTargetTests {
    @Test func anAlertIsAimedAtWhoPromptedIt() {
        // Without the rule, the alert is a one-actor event.
        #expect(FixtureCoder.events("Mali put its troops on alert after Niger attacked Chad.").contains("MLI 152 NER asserted"))
        #expect(FixtureCoder.oneActorEvents("Mali put its troops on alert.") == ["MLI 152 asserted"])
    }
}
