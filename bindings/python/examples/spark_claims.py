"""Claims of many articles on Spark, written as Parquet.

    python examples/spark_claims.py INPUT OUTPUT [--master local[*]] [--partitions N]

INPUT is a directory of ``.txt`` files (one article each; the id is the file name without
``.txt``) or a JSONL file of ``{"id": ..., "text": "..."}`` objects. OUTPUT is a Parquet directory
with one row per article: ``id``, ``claims`` (an array of claim structs, see
``claimex.spark.claims_schema()``) and ``claims_error`` (why an article gave no claims: over the
size limit). Offsets in ``claims`` are code points into the text, with byte offsets beside.

Read the result back with Spark or pandas, e.g. one row per claim::

    spark.read.parquet(OUTPUT).selectExpr("id", "inline(claims)").select("id", "speaker.name", "stance")
"""

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from claimex.spark import with_claims


def read_articles(spark: SparkSession, path: Path) -> DataFrame:
    """``(id, text)`` rows from a directory of ``.txt`` files or a JSONL file."""
    if path.is_dir():
        files = spark.read.text(str(path / "*.txt"), wholetext=True)
        file_id = F.regexp_extract(F.input_file_name(), r"([^/]+)\.txt$", 1)
        return files.select(file_id.alias("id"), F.col("value").alias("text"))
    return spark.read.json(str(path)).select(F.col("id").cast("string"), "text")


def run(spark: SparkSession, source: Path, output: Path, partitions: Optional[int] = None) -> None:
    """Read ``source``, add claims, write Parquet to ``output`` (replacing it)."""
    articles = read_articles(spark, source)
    if partitions:
        articles = articles.repartition(partitions)
    with_claims(articles, text_col="text", out_col="claims").drop("text").write.mode("overwrite").parquet(str(output))


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="directory of .txt files, or a .jsonl file")
    parser.add_argument("output", type=Path, help="Parquet directory to write")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    parser.add_argument("--partitions", type=int, help="repartition the articles first")
    args = parser.parse_args(argv)
    spark = SparkSession.builder.master(args.master).appName("claimex").getOrCreate()
    try:
        run(spark, args.input, args.output, args.partitions)
        written = spark.read.parquet(str(args.output))
        claims = written.where(F.col("claims").isNotNull()).select(F.sum(F.size("claims"))).first()[0]
        failed = written.where(F.col("claims_error").isNotNull()).count()
        print(f"{written.count()} articles, {claims} claims, {failed} failed -> {args.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
