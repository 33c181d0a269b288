"""Writes text_golden.json: scikit-learn references for the text vectorizers and sparse linear / naive Bayes models.

Run with Debian's python3-sklearn (1.2.x):  /usr/bin/python3 make_text_golden.py
Texts are hand-written tweet-like sentences (Basic Multilingual Plane only: .NET strings count UTF-16 units where
Python counts code points, so astral characters such as emoji would cut character n-grams differently).
max_features is set where no two terms tie at the cut: scikit-learn 1.2 orders ties with an unstable argsort.
"""
import json

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB, MultinomialNB
from sklearn.svm import LinearSVC

TRAIN = [
    "Forest fire near La Ronge Sask. Canada",
    "All residents asked to 'shelter in place' are being notified by officers",
    "13,000 people receive #wildfires evacuation orders in California",
    "Just got sent this photo from Ruby #Alaska as smoke from #wildfires pours into a school",
    "I love fruits",
    "Summer is lovely &amp; the beach is lovely",
    "My car is so fast",
    "What a goooooooaaaaaal!!!!!!",
    "this is ridiculous....",
    "London is cool ;)",
    "Flood warning: river levels rising fast near the bridge",
    "Earthquake of magnitude 5.4 hits the coast, buildings damaged",
    "Café crème et croissant, quelle matinée",
    "Love my new phone, the camera is amazing",
    "",
    "Storm storm STORM   evacuate now",
    "Watching a disaster movie tonight with friends",
    "Emergency crews rescue families trapped by the flood",
    "Naïve question: is the fire drill at 10:30?",
    "Tornado touches down, power lines down across town",
]
TRAIN_Y = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 1]
TEST = [
    "Wildfire smoke near the school, residents evacuate",
    "brand new unseen tokens only xyzzy",
    "",
    "Lovely fruits at the beach café",
]

CASES = {
    "tfidf_default": TfidfVectorizer(),
    "tfidf_word12_sublinear_mindf2": TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
    "tfidf_charwb25": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)),
    "tfidf_charwb25_maxfeatures": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), max_features=69, max_df=0.5),
    "tfidf_char13_l1_nosmooth": TfidfVectorizer(analyzer="char", ngram_range=(1, 3), smooth_idf=False, norm="l1"),
    "count_word13": CountVectorizer(ngram_range=(1, 3)),
    "count_binary_nolower": CountVectorizer(binary=True, lowercase=False),
}


def dense(m):
    """A sparse matrix as its shape and [row, column, value] triples of the stored entries."""
    coo = m.tocoo()
    return {"shape": list(m.shape), "entries": [[int(i), int(j), float(v)] for i, j, v in zip(coo.row, coo.col, coo.data)]}


def main():
    out = {"train": TRAIN, "train_y": TRAIN_Y, "test": TEST, "vectorizers": {}, "models": {}}
    for name, vec in CASES.items():
        xtr = vec.fit_transform(TRAIN)
        case = {"vocabulary": vec.get_feature_names_out().tolist(), "train": dense(xtr), "test": dense(vec.transform(TEST))}
        if hasattr(vec, "idf_"):
            case["idf"] = vec.idf_.tolist()
        out["vectorizers"][name] = case

    for name, vec in {
        "hashing_word12": HashingVectorizer(n_features=2**10, ngram_range=(1, 2)),
        "hashing_charwb24_noalt": HashingVectorizer(n_features=2**8, analyzer="char_wb", ngram_range=(2, 4), alternate_sign=False, norm=None),
    }.items():
        out["vectorizers"][name] = {"train": dense(vec.transform(TRAIN)), "test": dense(vec.transform(TEST))}

    tfidf = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    xtr = tfidf.fit_transform(TRAIN)
    xte = tfidf.transform(TEST)
    y = np.array(TRAIN_Y)
    counts = CountVectorizer()
    ctr = counts.fit_transform(TRAIN)
    cte = counts.transform(TEST)
    # newton-cg minimises the same objective as lbfgs but reaches tol=1e-12, where lbfgs stops on its ftol first.
    models = {
        "logreg_c4": (LogisticRegression(C=4.0, solver="newton-cg", tol=1e-12, max_iter=10000), xtr, xte),
        "linearsvc_sqhinge_c1": (LinearSVC(C=1.0, tol=1e-10, max_iter=1000000), xtr, xte),
        "linearsvc_hinge_c0.5": (LinearSVC(C=0.5, loss="hinge", tol=1e-10, max_iter=1000000), xtr, xte),
        "multinomialnb_a1": (MultinomialNB(alpha=1.0), ctr, cte),
        "multinomialnb_a0.1": (MultinomialNB(alpha=0.1), xtr, xte),
        "complementnb_a1": (ComplementNB(alpha=1.0), ctr, cte),
        "complementnb_a0.5_norm": (ComplementNB(alpha=0.5, norm=True), xtr, xte),
    }
    for name, (model, a, b) in models.items():
        model.fit(a, y)
        case = {}
        if hasattr(model, "coef_") and not isinstance(model, (MultinomialNB, ComplementNB)):
            case["coef"] = model.coef_.ravel().tolist()
            case["intercept"] = model.intercept_.ravel().tolist()
            case["decision"] = model.decision_function(b).tolist()
        if hasattr(model, "feature_log_prob_"):
            case["feature_log_prob"] = model.feature_log_prob_.ravel().tolist()
            case["class_log_prior"] = model.class_log_prior_.tolist()
        if hasattr(model, "predict_proba"):
            case["proba"] = model.predict_proba(b)[:, 1].tolist()
        case["predict"] = model.predict(b).tolist()
        out["models"][name] = case
    out["models"]["input"] = {"tfidf": "word (1,2) sublinear_tf", "counts": "CountVectorizer()"}

    with open("text_golden.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=None, separators=(",", ":"))


if __name__ == "__main__":
    main()
