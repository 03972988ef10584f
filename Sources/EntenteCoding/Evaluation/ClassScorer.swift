import EntenteCore
import Foundation

/// Scores the coder as a sentence classifier into CAMEO's five broad classes, the task of the
/// ConfliBERT CAMEO test set: each sentence's class is that of the root of its first event,
/// and a sentence with no event has no class (it lowers coverage and recall, not precision).
public enum ClassScorer {
    /// The classes' names, in label order (`0`–`4` in the ConfliBERT files).
    public static let classNames = [
        "make a statement or appeal (01–02)", "cooperate verbally (03–05)", "cooperate materially (06–08)",
        "conflict verbally (09–13, 16)", "conflict materially (14, 15, 17–20)",
    ]

    /// The class of a CAMEO code by its root, or nil for a code outside CAMEO's twenty roots.
    /// Reducing relations (16) falls with verbal conflict, as the ConfliBERT labels have it.
    public static func label(ofCode code: String) -> Int? {
        guard let root = Int(code.prefix(2)) else { return nil }
        switch root {
        case 1...2: return 0
        case 3...5: return 1
        case 6...8: return 2
        case 9...13, 16: return 3
        case 14, 15, 17...20: return 4
        default: return nil
        }
    }

    /// Totals over a labelled set.
    public struct Score: Sendable {
        /// Per class: sentences predicted in it that are in it, predicted in it, and in it.
        public var correct = [Int](repeating: 0, count: 5)
        public var predicted = [Int](repeating: 0, count: 5)
        public var gold = [Int](repeating: 0, count: 5)
        /// Sentences with an event (a class), and all sentences.
        public var covered = 0
        public var total = 0

        /// Sentences with a class / sentences.
        public var coverage: Double { total == 0 ? 0 : Double(covered) / Double(total) }
        /// Right classes among the sentences given one.
        public var accuracyWhenCoded: Double { covered == 0 ? 0 : Double(correct.reduce(0, +)) / Double(covered) }
        /// Precision, recall and F1 of class `k`.
        public func f1(_ k: Int) -> (precision: Double, recall: Double, f1: Double) {
            let p = predicted[k] == 0 ? 0 : Double(correct[k]) / Double(predicted[k])
            let r = gold[k] == 0 ? 0 : Double(correct[k]) / Double(gold[k])
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }
        /// The unweighted mean of the five classes' F1.
        public var macroF1: Double { (0..<5).map { f1($0).f1 }.reduce(0, +) / 5 }
    }

    /// Scores `predictions` (a class or nil per sentence) against `labels`.
    public static func score(labels: [Int], predictions: [Int?]) -> Score {
        var score = Score()
        for (label, prediction) in zip(labels, predictions) where (0..<5).contains(label) {
            score.total += 1
            score.gold[label] += 1
            guard let prediction, (0..<5).contains(prediction) else { continue }
            score.covered += 1
            score.predicted[prediction] += 1
            if prediction == label { score.correct[label] += 1 }
        }
        return score
    }

    /// The report `entente evaluate-classes` prints: a line a class, then the totals.
    public static func render(_ score: Score) -> String {
        var lines = ["class                                      gold  coded  right  precision  recall  F1"]
        for k in 0..<5 {
            let (p, r, f) = score.f1(k)
            lines.append("\(k) \(classNames[k].padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(format: "%4d  %5d  %5d  %9.3f  %6.3f  %.3f", score.gold[k], score.predicted[k], score.correct[k], p, r, f))")
        }
        lines.append(String(format: "coverage=%.3f accuracy_when_coded=%.3f macro_F1=%.3f sentences=%d coded=%d",
                            score.coverage, score.accuracyWhenCoded, score.macroF1, score.total, score.covered))
        return lines.joined(separator: "\n")
    }
}
