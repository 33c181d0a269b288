"""Anchor of the `tfidf` verb: scikit-learn TfidfVectorizer word 1-2 + char_wb 2-5 on all Disaster Tweets.

Usage: /usr/bin/python3 bench_tfidf.py [--data DIR] [--rows N] [--repeats R]; prints one JSON line.
"""
import argparse
import json
import time

from sklearn.feature_extraction.text import TfidfVectorizer

from tweets_csv import read


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="/work/shared/data/nlp-getting-started")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = [r["text"] for r in read(f"{args.data}/train.csv", args.rows) + read(f"{args.data}/test.csv", args.rows)]
    seconds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        words = TfidfVectorizer(ngram_range=(1, 2)).fit_transform(texts)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit_transform(texts)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "bench": "sklearn_tfidf", "documents": len(texts),
        "vocab_word": words.shape[1], "vocab_char": chars.shape[1], "nnz": int(words.nnz + chars.nnz),
        "sum_word": round(float(words.sum()), 6), "sum_char": round(float(chars.sum()), 6),
        "fit_transform_s": {"min": round(min(seconds), 4), "median": round(sorted(seconds)[len(seconds) // 2], 4)},
    }))


if __name__ == "__main__":
    main()
