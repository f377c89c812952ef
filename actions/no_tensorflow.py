"""Keeping TensorFlow out of a process that uses spaCy (the action server, the staff console).

spaCy's thinc imports TensorFlow at start whenever it is installed, as it is beside Rasa, which
costs about 340 MB resident and nothing these processes use: they need spaCy's lemmas only.
"""

import sys


def keep_tensorflow_out() -> None:
    """Make `import tensorflow` fail in this process, so that thinc (under spaCy) runs on numpy.

    Must run before spaCy is first imported.
    """
    sys.modules.setdefault("tensorflow", None)
