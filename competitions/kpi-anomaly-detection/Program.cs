using Kaggle.Api;
using KpiAnomalyDetection;

// `train` runs the time-series flow (KpiTrainStage); download, validate, submit and runs are the runner's.
var competition = new KpiAnomalyDetectionCompetition();
return args.Length > 0 && args[0] == "train" ? KpiTrainStage.Run(args[1..], competition) : KaggleCompetitionRunner.Run(args, competition);
