"""NLU quality gate: held-out paraphrases, never used in training, must be understood."""

import nlu_eval

MIN_MACRO_F1 = 0.90
REPORT = nlu_eval.DEFAULT_REPORT


def test_intent_macro_f1_on_heldout_paraphrases(model_path):
    report = nlu_eval.main(model_path, nlu_eval.DEFAULT_HELDOUT, REPORT)
    assert report.macro_f1 >= MIN_MACRO_F1, (
        f"intent macro-F1 {report.macro_f1:.3f} < {MIN_MACRO_F1}; see {REPORT}"
    )


def test_heldout_paraphrases_are_not_training_examples():
    heldout = {text.lower() for text, _ in nlu_eval.load_examples(nlu_eval.DEFAULT_HELDOUT)}
    training = {text.lower() for text, _ in nlu_eval.load_examples("data/nlu")}
    assert not heldout & training
