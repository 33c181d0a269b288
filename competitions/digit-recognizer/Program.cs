using DigitRecognizer;
using Kaggle.Api;

return KaggleCompetitionRunner.Run(args, new DigitRecognizerCompetition());
